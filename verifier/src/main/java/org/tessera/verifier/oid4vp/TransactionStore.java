package org.tessera.verifier.oid4vp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Transactions in this process's memory, by id and by state, bounded (decision 0037). A
 * transaction stays one more lifetime after it expired or was answered, so that a late wallet
 * hears "expired" rather than "unknown" and the page can still read the result; then it is
 * dropped. Insertion order is expiry order (one lifetime per store), so dropping is O(1) from
 * the head. A restart forgets every transaction; several nodes need sticky routing or a shared
 * store behind this class.
 */
final class TransactionStore {

  private final int capacity;
  private final Duration retention;
  private final Clock clock;
  private final Map<String, Transaction> byId = new LinkedHashMap<>();
  private final Map<String, Transaction> byState = new LinkedHashMap<>();

  TransactionStore(int capacity, Duration lifetime, Clock clock) {
    this.capacity = capacity;
    this.retention = Objects.requireNonNull(lifetime, "lifetime");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Adds {@code transaction}; false when the store is full (nothing added). */
  synchronized boolean add(Transaction transaction) {
    dropOld();
    if (byId.size() >= capacity) {
      return false;
    }
    byId.put(transaction.id(), transaction);
    byState.put(transaction.state(), transaction);
    return true;
  }

  synchronized Optional<Transaction> byId(String id) {
    dropOld();
    return Optional.ofNullable(id).map(byId::get);
  }

  synchronized Optional<Transaction> byState(String state) {
    dropOld();
    return Optional.ofNullable(state).map(byState::get);
  }

  /**
   * Moves {@code transaction} from {@code from} to {@code to} if it is in {@code from} and not
   * expired: the one place where "fetched once" and "answered once" are decided.
   */
  synchronized boolean advance(Transaction transaction, Transaction.Phase from,
      Transaction.Phase to) {
    if (transaction.phase() != from || transaction.expired(clock.instant())) {
      return false;
    }
    transaction.phase(to);
    return true;
  }

  synchronized int size() {
    dropOld();
    return byId.size();
  }

  private void dropOld() {
    Instant now = clock.instant();
    Iterator<Transaction> oldest = byId.values().iterator();
    while (oldest.hasNext()) {
      Transaction transaction = oldest.next();
      if (transaction.expiresAt().plus(retention).isAfter(now)) {
        return;
      }
      oldest.remove();
      byState.remove(transaction.state());
    }
  }
}
