package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.jose.ParsedCredentialJwt;

/**
 * Reads the few credential fields the checks compare, for VC 2.0 and VC 1.1 credentials alike.
 * Never throws: a missing or malformed field is empty.
 */
public final class CredentialFields {

  private CredentialFields() {}

  /** {@code issuer} as a string or {@code issuer.id}. */
  public static Optional<String> issuerId(JsonNode credential) {
    JsonNode issuer = credential.get("issuer");
    if (issuer == null) {
      return Optional.empty();
    }
    return text(issuer.isObject() ? issuer.get("id") : issuer);
  }

  /** {@code credentialSubject.id} (of the first subject when there are several). */
  public static Optional<String> subjectId(JsonNode credential) {
    JsonNode subject = credential.get("credentialSubject");
    if (subject != null && subject.isArray() && subject.size() > 0) {
      subject = subject.get(0);
    }
    return subject == null || !subject.isObject() ? Optional.empty() : text(subject.get("id"));
  }

  public static Optional<String> id(JsonNode credential) {
    return text(credential.get("id"));
  }

  /** Whether {@code type} is {@code wanted} or an array listing it. */
  public static boolean hasType(JsonNode credential, String wanted) {
    JsonNode type = credential.path("type");
    return type.isTextual() ? type.asText().equals(wanted)
        : type.isArray() && CredentialInput.containsText(type, wanted);
  }

  /** Field present at all (even if malformed). */
  public static boolean has(JsonNode credential, String field) {
    return credential.hasNonNull(field);
  }

  /** {@code validFrom}, or VC 1.1 {@code issuanceDate}. */
  public static Optional<String> validFromText(JsonNode credential) {
    return text(credential.get("validFrom")).or(() -> text(credential.get("issuanceDate")));
  }

  /** {@code validUntil}, or VC 1.1 {@code expirationDate}. */
  public static Optional<String> validUntilText(JsonNode credential) {
    return text(credential.get("validUntil")).or(() -> text(credential.get("expirationDate")));
  }

  /** An xsd:dateTime with a time zone; empty when it does not parse. */
  public static Optional<Instant> instant(String dateTime) {
    try {
      return Optional.of(OffsetDateTime.parse(dateTime).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The latest date the credential claims for itself: {@code validFrom} (or
   * {@code issuanceDate}), {@code nbf}, {@code iat}: the earliest it can have been signed.
   * Empty when it claims none, which a compromised key cannot be trusted for. Key compromise
   * and accreditation are both judged at this date, so a back-dated {@code validFrom} alone
   * does not move a credential before either.
   */
  public static Optional<Instant> signingDate(ParsedCredentialJwt jwt) {
    List<Instant> dates = new ArrayList<>();
    validFromText(jwt.credential()).flatMap(CredentialFields::instant)
        .ifPresent(dates::add);
    for (String claim : List.of("nbf", "iat")) {
      JsonNode value = jwt.claims().get(claim);
      if (value != null && value.isNumber()) {
        dates.add(Instant.ofEpochSecond(value.asLong()));
      }
    }
    return dates.stream().max(Instant::compareTo);
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank()
        ? Optional.of(node.asText()) : Optional.empty();
  }
}
