package org.tessera.verifier.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body and cancels the download as soon as it exceeds the cap. */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

  /** Signals an oversized body; never leaves this package. */
  static final class TooLargeException extends IOException {
    TooLargeException() {
      super("response body exceeds the size cap");
    }
  }

  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final int maxBytes;
  private Flow.Subscription subscription;

  /** @param maxBytes the cap; negative refuses the body outright (declared length too big) */
  CappedBodySubscriber(int maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    if (maxBytes < 0) {
      s.cancel();
      result.completeExceptionally(new TooLargeException());
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      if ((long) out.size() + item.remaining() > maxBytes) {
        subscription.cancel();
        result.completeExceptionally(new TooLargeException());
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }
}
