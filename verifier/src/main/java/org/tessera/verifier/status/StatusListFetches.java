package org.tessera.verifier.status;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.tessera.verifier.fetch.BackgroundExecutor;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.result.ErrorCode;

/**
 * Loads the distinct status lists of one credential concurrently, on a pool shared by every
 * verification ({@value #THREADS} threads, {@value #QUEUE} waiting), within the verification's
 * deadline. A list not loaded in time (its fetch is then interrupted) or refused by a full pool
 * is unavailable: the status check fails closed, it never waits longer. Lists the cache can answer
 * are answered on the calling thread.
 */
public final class StatusListFetches {

  static final int THREADS = 16;
  static final int QUEUE = 64;

  private static final StatusListLookup LATE = new StatusListLookup.Refused(
      ErrorCode.STATUS_LIST_UNAVAILABLE, "the status list was not fetched within the deadline");
  private static final StatusListLookup BUSY = new StatusListLookup.Refused(
      ErrorCode.STATUS_LIST_UNAVAILABLE, "the verifier is too busy to fetch the status list");

  private final StatusListService lists;
  private final ExecutorService pool;

  public StatusListFetches(StatusListService lists) {
    this(lists, BackgroundExecutor.bounded("tessera-status-list", THREADS, QUEUE));
  }

  StatusListFetches(StatusListService lists, ExecutorService pool) {
    this.lists = Objects.requireNonNull(lists, "lists");
    this.pool = Objects.requireNonNull(pool, "pool");
  }

  /**
   * Each of {@code urls} as {@link StatusListService#load} answers it, or unavailable; keyed by
   * the URL's text, as the list's {@code id} must spell it.
   */
  public Map<String, StatusListLookup> loadAll(Collection<URI> urls, String issuerId,
      JwtAuthenticator authenticator, StatusFreshness freshness, Deadline deadline) {
    Map<String, Future<StatusListLookup>> pending = new LinkedHashMap<>();
    for (URI url : urls) {
      if (pending.containsKey(url.toString())) {
        continue;
      }
      // A cached list is answered here: handing it to the pool would cost two thread switches.
      Optional<StatusListLookup> cached = lists.cached(url, issuerId, freshness);
      pending.put(url.toString(), cached.isPresent()
          ? CompletableFuture.completedFuture(cached.get())
          : submit(() -> lists.load(url, issuerId, authenticator, freshness), deadline));
    }
    Map<String, StatusListLookup> loaded = new LinkedHashMap<>();
    pending.forEach((url, future) -> loaded.put(url, await(future, deadline)));
    return loaded;
  }

  private Future<StatusListLookup> submit(Callable<StatusListLookup> load,
      Deadline deadline) {
    if (deadline.passed()) {
      return CompletableFuture.completedFuture(LATE);
    }
    try {
      return pool.submit(load);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(BUSY);
    }
  }

  private static StatusListLookup await(Future<StatusListLookup> future, Deadline deadline) {
    try {
      return future.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return LATE;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return LATE;
    } catch (ExecutionException e) {
      // load() returns values for every expected failure: anything thrown is a bug.
      throw new IllegalStateException("loading a status list failed", e.getCause());
    }
  }
}
