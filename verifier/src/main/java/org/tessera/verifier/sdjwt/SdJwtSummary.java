package org.tessera.verifier.sdjwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * What an SD-JWT VC presentation showed: which claims were disclosed and which are plain
 * (never disclosable), whether a key-binding JWT bound it to its holder, and the CMF values as
 * disclosed. A value the holder did not disclose is empty: "not disclosed", never "missing".
 *
 * @param disclosed the disclosed claims as paths ({@code ects_credits}), in token order
 * @param plain the issuer-signed claims that are always shown (top-level names)
 * @param holderBound a key-binding JWT signed by the {@code cnf} key was verified
 * @param ects {@code ects_credits}, when disclosed and a number
 * @param eqfLevel {@code eqf_level}, when disclosed and an integer
 * @param workloadHours {@code workload_hours}, when disclosed and a number
 */
public record SdJwtSummary(List<String> disclosed, List<String> plain, boolean holderBound,
    Optional<Double> ects, Optional<Integer> eqfLevel, Optional<Double> workloadHours) {

  /** The technical claims a page does not show as content. */
  public static final List<String> TECHNICAL = List.of("iss", "jti", "iat", "nbf", "exp", "vct",
      "vct#integrity", "cnf", "status", "_sd_alg");

  public SdJwtSummary {
    disclosed = List.copyOf(disclosed);
    plain = List.copyOf(plain);
  }

  static SdJwtSummary of(ObjectNode payload, ObjectNode claims, List<String> disclosed,
      boolean holderBound) {
    List<String> plain = new ArrayList<>();
    Iterator<String> names = payload.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals("_sd") && !name.equals("_sd_alg")) {
        plain.add(name);
      }
    }
    return new SdJwtSummary(disclosed, plain, holderBound,
        number(claims, disclosed, "ects_credits"),
        number(claims, disclosed, "eqf_level").filter(v -> v == Math.rint(v))
            .map(Double::intValue),
        number(claims, disclosed, "workload_hours"));
  }

  /** A top-level value only when the holder disclosed it (a plain claim of that name is not it). */
  private static Optional<Double> number(ObjectNode claims, List<String> disclosed, String name) {
    JsonNode value = claims.get(name);
    return disclosed.contains(name) && value != null && value.isNumber()
        ? Optional.of(value.asDouble()) : Optional.empty();
  }
}
