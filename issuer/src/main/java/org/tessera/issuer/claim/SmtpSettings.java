package org.tessera.issuer.claim;

import java.util.Objects;
import java.util.Optional;

/** How to reach the SMTP server that delivers claim e-mails. */
public record SmtpSettings(String host, int port, Optional<String> user,
    Optional<String> password, String from, boolean startTls) {

  public SmtpSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(from, "from");
    if (host.isBlank() || from.isBlank()) {
      throw new IllegalArgumentException("SMTP host and sender are required");
    }
    if (port < 1 || port > 65_535) {
      throw new IllegalArgumentException("SMTP port out of range");
    }
    if (password.isPresent() && user.isEmpty()) {
      throw new IllegalArgumentException("an SMTP password needs a user");
    }
  }

  /** Redacted: the password never reaches a log. */
  @Override
  public String toString() {
    return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user.orElse("(none)")
        + ", from=" + from + ", startTls=" + startTls + ", password=(redacted)]";
  }
}
