package org.tessera.verifier.page;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a result page offers besides the report.
 *
 * @param compactJwt the credential JWT, carried in the page's POST forms (receipt, share link);
 *     never in a URL
 * @param shareEnabled whether this verifier keeps share links
 * @param shareUrl set when the page is a share link's page (shows "Add to LinkedIn")
 * @param ephemeralReceiptKey receipts are signed with a development key
 * @param checkedAt when the pipeline ran
 */
public record ResultOptions(Optional<String> compactJwt, boolean shareEnabled,
    Optional<String> shareUrl, boolean ephemeralReceiptKey, Instant checkedAt) {

  public ResultOptions {
    Objects.requireNonNull(compactJwt, "compactJwt");
    Objects.requireNonNull(shareUrl, "shareUrl");
    Objects.requireNonNull(checkedAt, "checkedAt");
  }
}
