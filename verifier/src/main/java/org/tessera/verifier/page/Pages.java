package org.tessera.verifier.page;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.transcript.TranscriptReport;

/** The page renderer the HTTP layer calls: every page of the verifier, as escaped HTML. */
public final class Pages {

  private final Messages messages;
  private final UploadLimits limits;

  /** Pages for a verifier with the default image limit (renderers in tests, tools). */
  public Pages(Messages messages) {
    this(messages, UploadLimits.defaults());
  }

  /** @param limits what the form's upload hint states */
  public Pages(Messages messages, UploadLimits limits) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public String form(Lang lang, Optional<String> errorKey) {
    return FormView.render(messages, lang, errorKey, limits);
  }

  public String result(Lang lang, VerificationReport report, ResultOptions options) {
    return ResultView.render(messages, lang, report, options);
  }

  /** The result page of a learner record, with its transcript. */
  public String result(Lang lang, VerificationReport report,
      Optional<TranscriptReport> transcript, ResultOptions options) {
    return ResultView.render(messages, lang, report, transcript, options);
  }

  public String shareCreated(Lang lang, String url, String qrSvg, String manageToken,
      Instant expiresAt) {
    return ShareViews.created(messages, lang, url, qrSvg, manageToken, expiresAt);
  }

  public String shareGone(Lang lang, boolean revoked) {
    return ShareViews.gone(messages, lang, revoked);
  }

  public String notice(Lang lang, String headingKey, String textKey) {
    return ShareViews.message(messages, lang, headingKey, textKey);
  }

  public String askChoose(Lang lang, java.util.List<String> queries) {
    return AskViews.choose(messages, lang, queries);
  }

  public String askWaiting(Lang lang, String id, String queryName, String link, String qrSvg,
      Instant expiresAt) {
    return AskViews.waiting(messages, lang, id, queryName, link, qrSvg, expiresAt);
  }

  public String askExpired(Lang lang) {
    return AskViews.expired(messages, lang);
  }

  public String askAnswered(Lang lang, org.tessera.verifier.oid4vp.TransactionResult result,
      Instant checkedAt) {
    return AskViews.answered(messages, lang, result, checkedAt);
  }

  public String text(Lang lang, String key) {
    return messages.get(lang, key);
  }

  /** The credential text of an uploaded file (baked PNG/SVG, JWT or JSON). */
  public static Optional<String> uploadedCredential(byte[] file) {
    return UploadedCredential.text(file);
  }
}
