package org.tessera.issuer.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.access.AccessConfig.Pkcs11Settings;
import org.tessera.issuer.config.ConfigException;
import org.tessera.shared.json.Json;

/**
 * The PKCS#11 signer against a real SoftHSM2 token (Debian package {@code softhsm2}): a token is
 * initialised in {@code target/softhsm}, an ES256 key with a self-signed certificate is imported
 * through the JDK's PKCS#11 key store, and the issuer signs with it. Skipped, with a message,
 * where SoftHSM2 is not installed.
 */
class Pkcs11SigningKeyTest {

  private static final String DID = "did:web:issuer.example.edu";
  private static final String PIN = "1234";
  private static final List<Path> LIBRARIES = List.of(
      Path.of("/usr/lib/softhsm/libsofthsm2.so"),
      Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
      Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"));

  private static Path providerConfig;

  @BeforeAll
  static void createToken() throws Exception {
    Optional<Path> library = LIBRARIES.stream().filter(Files::isReadable).findFirst();
    String conf = System.getenv("SOFTHSM2_CONF");
    if (library.isEmpty() || conf == null) {
      String why = library.isEmpty() ? "softhsm2 is not installed (apt-get install -y softhsm2)"
          : "SOFTHSM2_CONF is not set (run through Maven)";
      System.out.println("SKIPPED Pkcs11SigningKeyTest: " + why);
      Assumptions.assumeTrue(false, why);
    }
    Path confFile = Path.of(conf);
    Path tokens = confFile.resolveSibling("tokens");
    deleteRecursively(confFile.getParent());
    Files.createDirectories(tokens);
    Files.writeString(confFile, "directories.tokendir = " + tokens + "\n"
        + "objectstore.backend = file\nlog.level = ERROR\n");
    String output = run("softhsm2-util", "--init-token", "--free", "--label", "tessera-test",
        "--so-pin", "5678", "--pin", PIN);
    Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
    assertThat(slot.find()).as(output).isTrue();
    providerConfig = confFile.resolveSibling("pkcs11.cfg");
    Files.writeString(providerConfig, "name = TesseraSoftHsm\nlibrary = " + library.get()
        + "\nslot = " + slot.group(1) + "\n");
    importKey("issuer-es256");
  }

  /** Imports a software-made P-256 key with a self-signed certificate into the token. */
  private static void importKey(String alias) throws Exception {
    Provider provider = Security.getProvider("SunPKCS11").configure(providerConfig.toString());
    KeyStore store = KeyStore.getInstance("PKCS11", provider);
    store.load(null, PIN.toCharArray());
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = generator.generateKeyPair();
    X500Name name = new X500Name("CN=Tessera test issuer");
    Instant now = Instant.now();
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
        new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
            Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)),
            name, pair.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    store.setKeyEntry(alias, pair.getPrivate(), null, new Certificate[] {certificate});
  }

  private static Pkcs11Settings settings(String pin, String alias) {
    return new Pkcs11Settings(providerConfig, pin, alias, "hsm-1");
  }

  @Test
  void sign_es256InToken_isJoseRsAndVerifiesWithPublishedKey() throws Exception {
    SigningKey key = Pkcs11SigningKeys.load(settings(PIN, "issuer-es256"), DID);

    String jwt = key.sign(Json.object().put("id", "urn:uuid:1").put("issuer", DID));

    JWSObject jws = JWSObject.parse(jwt);
    assertThat(jws.getHeader().getKeyID()).isEqualTo(DID + "#hsm-1");
    assertThat(jws.getSignature().decode()).hasSize(64);
    assertThat(jws.verify(new ECDSAVerifier((ECKey) key.publicJwk()))).isTrue();
  }

  @Test
  void load_keyFromToken_neverExposesPrivateParts() {
    SigningKey key = Pkcs11SigningKeys.load(settings(PIN, "issuer-es256"), DID);
    KeyRing ring = new KeyRing(List.of(key), key);
    PublicKeyDocuments documents = new PublicKeyDocuments(DID, ring);

    assertThat(key.publicJwk().isPrivate()).isFalse();
    assertThat(key.toString()).contains("redacted").doesNotContain(PIN);
    assertThat(Json.parseUntrusted(documents.jwksJson()).orElseThrow().findValues("d")).isEmpty();
    assertThat(Json.parseUntrusted(documents.didDocumentJson()).orElseThrow().findValues("d"))
        .isEmpty();
    assertThat(settings(PIN, "issuer-es256").toString()).doesNotContain(PIN);
  }

  @Test
  void load_unknownAlias_isConfigError() {
    // (A wrong PIN cannot be shown in this JVM: PKCS#11 login state is per process and token.)
    assertThatThrownBy(() -> Pkcs11SigningKeys.load(settings(PIN, "no-such-key"), DID))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).problems().toString())
            .contains("no-such-key"));
  }

  private static String run(String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
