package org.tessera.verifier.fetch;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * An https server on 127.0.0.1 answering "hello", with a fresh self-signed certificate whose only
 * subject alternative name is the given one ({@code dNSName} or {@code iPAddress}).
 */
final class TlsSite implements AutoCloseable {

  private static final char[] PASSWORD = "test-only".toCharArray();

  private final X509Certificate certificate;
  private final Server server = new Server();
  private final ServerConnector connector;

  /** @param nameType {@link GeneralName#dNSName} or {@link GeneralName#iPAddress} */
  TlsSite(int nameType, String name) throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    KeyPair keys = generator.generateKeyPair();
    certificate = selfSigned(keys, new GeneralName(nameType, name));
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry("site", keys.getPrivate(), PASSWORD, new Certificate[] {certificate});
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStore(store);
    tls.setKeyStorePassword(new String(PASSWORD));
    connector = new ServerConnector(server, tls);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        Content.Sink.write(response, true, "hello", callback);
        return true;
      }
    });
    server.start();
  }

  int port() {
    return connector.getLocalPort();
  }

  /** A client context that trusts this site's certificate and nothing else. */
  SSLContext clientTrust() throws GeneralSecurityException, IOException {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("site", certificate);
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }

  private static X509Certificate selfSigned(KeyPair keys, GeneralName altName)
      throws GeneralSecurityException, IOException, OperatorCreationException {
    X500Name subject = new X500Name("CN=tessera test site");
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
        BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofMinutes(1))),
        Date.from(now.plus(Duration.ofHours(1))), subject, keys.getPublic());
    builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(altName));
    return new JcaX509CertificateConverter().getCertificate(
        builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("test site did not stop", e);
    }
  }
}
