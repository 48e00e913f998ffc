package org.tessera.verifier.transcript;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** One entry of a learner record's {@code verifiableCredential}, as {@link ClrRecord} found it. */
sealed interface Embedded {

  /** How the entry was carried (wire names in the report). */
  enum Form {
    ENVELOPED("enveloped"), JWT("jwt"), EMBEDDED("embedded");

    private final String wireName;

    Form(String wireName) {
      this.wireName = wireName;
    }

    String wireName() {
      return wireName;
    }
  }

  Form form();

  /** A compact JWT (bare, or in an {@code EnvelopedVerifiableCredential}): verifiable. */
  record Signed(Form form, String compactJwt) implements Embedded {
    public Signed {
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(compactJwt, "compactJwt");
    }
  }

  /**
   * A credential object: its content is signed only by the record. A Data Integrity
   * {@code proof} it may carry is not one this verifier checks (decision 0044).
   */
  record Unsigned(ObjectNode credential) implements Embedded {
    public Unsigned {
      credential = credential.deepCopy();
    }

    @Override
    public Form form() {
      return Form.EMBEDDED;
    }
  }

  /** Neither: a string that is no JWT, an envelope without one, a value that is no credential. */
  record Unreadable(Form form) implements Embedded {
    public Unreadable {
      Objects.requireNonNull(form, "form");
    }
  }
}
