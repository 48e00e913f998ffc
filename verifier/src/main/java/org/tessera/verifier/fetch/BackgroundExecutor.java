package org.tessera.verifier.fetch;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded pools for outbound work done off the request thread (status-list fetches, trust-list
 * refresh): a fixed number of daemon threads that end when idle, and a bounded queue. When both
 * are full a task is refused ({@link java.util.concurrent.RejectedExecutionException}), so a
 * flood of requests can never grow threads or memory; callers treat a refusal as "unavailable".
 */
public final class BackgroundExecutor {

  private static final long IDLE_SECONDS = 30;

  private BackgroundExecutor() {}

  /** A pool of {@code threads} daemon threads named {@code name-N}, queueing up to {@code queue}. */
  public static ExecutorService bounded(String name, int threads, int queue) {
    if (threads < 1 || queue < 1) {
      throw new IllegalArgumentException("threads and queue must be positive");
    }
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_SECONDS,
        TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), daemon(name),
        new ThreadPoolExecutor.AbortPolicy());
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
