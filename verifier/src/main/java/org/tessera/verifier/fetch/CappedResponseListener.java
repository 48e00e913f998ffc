package org.tessera.verifier.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;

/**
 * Collects one response and aborts the download as soon as its body exceeds the cap: before
 * reading when the declared length is over the cap, else on the chunk that crosses it. Redirect
 * bodies are discarded, so they are also held to a small cap of their own.
 */
final class CappedResponseListener implements Response.Listener {

  /** Largest body accepted on a redirect response (it is discarded). */
  static final int REDIRECT_MAX_BYTES = 64 * 1024;

  /** Signals an oversized body; never leaves this package. */
  static final class TooLargeException extends IOException {
    TooLargeException() {
      super("response body exceeds the size cap");
    }
  }

  /** A complete response; header names are lower case. */
  record Reply(int status, Map<String, List<String>> headers, byte[] body) {}

  private final CompletableFuture<Reply> reply = new CompletableFuture<>();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final int maxBytes;
  private volatile int cap;

  CappedResponseListener(int maxBytes) {
    this.maxBytes = maxBytes;
    this.cap = maxBytes;
  }

  /** Completes with the response, or exceptionally with the failure that ended it. */
  CompletableFuture<Reply> reply() {
    return reply;
  }

  @Override
  public void onHeaders(Response response) {
    if (response.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH) > maxBytes) {
      response.abort(new TooLargeException());
      return;
    }
    cap = PinnedSafeFetcher.isRedirect(response.getStatus()) ? REDIRECT_MAX_BYTES : maxBytes;
  }

  @Override
  public void onContent(Response response, ByteBuffer content) {
    if ((long) body.size() + content.remaining() > cap) {
      response.abort(new TooLargeException());
      return;
    }
    byte[] chunk = new byte[content.remaining()];
    content.get(chunk);
    body.write(chunk, 0, chunk.length);
  }

  @Override
  public void onComplete(Result result) {
    if (result.isFailed()) {
      reply.completeExceptionally(result.getFailure());
      return;
    }
    Response response = result.getResponse();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (HttpField field : response.getHeaders()) {
      headers.computeIfAbsent(field.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(field.getValue());
    }
    reply.complete(new Reply(response.getStatus(), headers, body.toByteArray()));
  }
}
