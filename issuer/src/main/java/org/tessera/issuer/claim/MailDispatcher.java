package org.tessera.issuer.claim;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.store.Database;

/**
 * Sends claim e-mails in the background, so issuance never waits for or fails because of the
 * mail server. A failed send is retried after each of the configured delays; the outcome is an
 * audit event on the credential (never with the address). Messages live in memory only: after
 * a crash the registrar re-sends with {@code POST /api/credentials/{id}/claim-link}.
 */
public final class MailDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
  static final String ACTOR = "mailer";

  private final ClaimMailer mailer;
  private final List<Duration> retryDelays;
  private final Database db;
  private final Clock clock;
  private final ScheduledExecutorService executor;

  public MailDispatcher(ClaimMailer mailer, List<Duration> retryDelays, Database db,
      Clock clock) {
    this.mailer = Objects.requireNonNull(mailer, "mailer");
    this.retryDelays = List.copyOf(retryDelays);
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "claim-mailer");
      t.setDaemon(true);
      return t;
    });
    pool.setRemoveOnCancelPolicy(true);
    this.executor = pool;
  }

  /** The SMTP dispatcher of a configuration, or empty when no mail server is configured. */
  public static Optional<MailDispatcher> forConfig(ClaimConfig config, Database db,
      Clock clock) {
    return config.smtp().map(smtp -> new MailDispatcher(new SmtpClaimMailer(smtp),
        config.retryDelays(), db, clock));
  }

  /**
   * Queues the e-mail and returns at once; the outcome is recorded in {@code audit} (the
   * audit trail of the credential's institution).
   */
  public void dispatch(ClaimEmail email, AuditLog audit) {
    Objects.requireNonNull(audit, "audit");
    executor.execute(() -> attempt(email, audit, 0));
  }

  private void attempt(ClaimEmail email, AuditLog audit, int failures) {
    try {
      mailer.send(email);
      record(email, audit, AuditAction.CLAIM_EMAIL_SENT);
      LOG.info("claim e-mail sent credential={}", email.credentialId());
    } catch (RuntimeException e) {
      if (failures < retryDelays.size()) {
        LOG.warn("claim e-mail failed credential={} attempt={} ({}); retrying",
            email.credentialId(), failures + 1, e.getClass().getSimpleName());
        executor.schedule(() -> attempt(email, audit, failures + 1),
            retryDelays.get(failures).toMillis(), TimeUnit.MILLISECONDS);
      } else {
        LOG.error("CLAIM_EMAIL_FAILED credential={} after {} attempts", email.credentialId(),
            failures + 1);
        record(email, audit, AuditAction.CLAIM_EMAIL_FAILED);
      }
    }
  }

  private void record(ClaimEmail email, AuditLog audit, AuditAction action) {
    try {
      db.inTransaction(c -> {
        audit.record(c, action, ACTOR, email.credentialId(), clock.instant());
        return null;
      });
    } catch (RuntimeException e) {
      LOG.error("audit of {} failed credential={}", action, email.credentialId());
    }
  }

  /** Stops taking work; sends in progress get a few seconds to finish. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    executor.shutdownNow();
  }
}
