package org.tessera.issuer.claim;

import java.util.Objects;

/** A file the learner downloads from the claim page. */
public record Download(String contentType, String fileName, byte[] body) {

  public Download {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(body, "body");
  }

  /** The downloadable files, by the last segment of their URL. */
  public enum Kind {
    JWT("credential.jwt"),
    JSON("credential.json"),
    PNG("badge.png"),
    SVG("badge.svg"),
    /** The award as an SD-JWT VC without holder binding (decision 0055). */
    SD_JWT("credential.sd-jwt"),
    /** The A4 certificate with the signed credential attached (decision 0061). */
    PDF("certificate.pdf");

    private final String fileName;

    Kind(String fileName) {
      this.fileName = fileName;
    }

    public String fileName() {
      return fileName;
    }
  }
}
