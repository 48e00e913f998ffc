package org.tessera.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VerificationSlotsTest {

  @Test
  void run_neverMoreAtOnceThanSlots() throws Exception {
    VerificationSlots slots = new VerificationSlots(2, Duration.ofSeconds(10));
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Future<?>[] all = new Future<?>[16];
      for (int i = 0; i < all.length; i++) {
        all[i] = pool.submit(() -> slots.run(() -> {
          most.accumulateAndGet(running.incrementAndGet(), Math::max);
          sleep(20);
          return running.decrementAndGet();
        }));
      }
      for (Future<?> f : all) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isEqualTo(2);
  }

  @Test
  void run_allSlotsTakenForTheWholeWait_busy() throws Exception {
    VerificationSlots slots = new VerificationSlots(1, Duration.ofMillis(100));
    CountDownLatch taken = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      pool.submit(() -> slots.run(() -> {
        taken.countDown();
        await(release);
        return null;
      }));
      assertThat(taken.await(5, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> slots.run(() -> "never")).isInstanceOf(VerifierBusyException.class);

      release.countDown();
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(slots.run(() -> "after")).isEqualTo("after");
  }

  @Test
  void run_workThrows_slotGivenBack() {
    VerificationSlots slots = new VerificationSlots(1, Duration.ofMillis(100));
    assertThatThrownBy(() -> slots.run(() -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(slots.run(() -> "free")).isEqualTo("free");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
