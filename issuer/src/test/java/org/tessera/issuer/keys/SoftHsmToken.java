package org.tessera.issuer.keys;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Comparator;
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

/**
 * A real SoftHSM2 token (Debian package {@code softhsm2}) for the PKCS#11 tests: initialised
 * once per test JVM in {@code target/softhsm} (SoftHSM2 and SunPKCS11 keep per-process state, so
 * a second initialisation would not be seen), with keys imported through the JDK's PKCS#11 key
 * store. Where SoftHSM2 is missing, {@link #require} skips the calling test with a printed
 * message.
 */
public final class SoftHsmToken {

  /** The token user PIN. */
  public static final String PIN = "4711-tessera-user-pin";
  private static final List<Path> LIBRARIES = List.of(
      Path.of("/usr/lib/softhsm/libsofthsm2.so"),
      Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"),
      Path.of("/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so"));
  private static SoftHsmToken instance;

  private final Path providerConfig;

  private SoftHsmToken(Path providerConfig) {
    this.providerConfig = providerConfig;
  }

  /** The token; skips the test {@code testName} (printing why) where SoftHSM2 is missing. */
  public static synchronized SoftHsmToken require(String testName) throws Exception {
    Optional<Path> library = LIBRARIES.stream().filter(Files::isReadable).findFirst();
    String conf = System.getenv("SOFTHSM2_CONF");
    if (library.isEmpty() || conf == null) {
      String why = library.isEmpty() ? "softhsm2 is not installed (apt-get install -y softhsm2)"
          : "SOFTHSM2_CONF is not set (run through Maven)";
      System.out.println("SKIPPED " + testName + ": " + why);
      Assumptions.assumeTrue(false, why);
    }
    if (instance == null) {
      instance = new SoftHsmToken(initialise(Path.of(conf), library.get()));
    }
    return instance;
  }

  /** The SunPKCS11 configuration file of the token. */
  public Path providerConfig() {
    return providerConfig;
  }

  /**
   * Imports a software-made P-256 key with a self-signed certificate under {@code alias}.
   *
   * @return the key pair, so that a test can prove the private part never comes back out
   */
  public KeyPair importKey(String alias) throws Exception {
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
            Date.from(now.minus(1, ChronoUnit.DAYS)),
            Date.from(now.plus(365, ChronoUnit.DAYS)), name, pair.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    store.setKeyEntry(alias, pair.getPrivate(), null, new Certificate[] {certificate});
    return pair;
  }

  private static Path initialise(Path confFile, Path library) throws Exception {
    Path tokens = confFile.resolveSibling("tokens");
    deleteRecursively(confFile.getParent());
    Files.createDirectories(tokens);
    Files.writeString(confFile, "directories.tokendir = " + tokens + "\n"
        + "objectstore.backend = file\nlog.level = ERROR\n");
    String output = run("softhsm2-util", "--init-token", "--free", "--label", "tessera-test",
        "--so-pin", "5678", "--pin", PIN);
    Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
    assertThat(slot.find()).as(output).isTrue();
    Path providerConfig = confFile.resolveSibling("pkcs11.cfg");
    Files.writeString(providerConfig, "name = TesseraSoftHsm\nlibrary = " + library
        + "\nslot = " + slot.group(1) + "\n");
    return providerConfig;
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
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
