package org.tessera.issuer.keys;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.config.Pkcs11Settings;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * Loads a signing key from a PKCS#11 token (an HSM, or SoftHSM2 in tests) through the JDK
 * SunPKCS11 provider. The token must hold the private key and a certificate under one alias
 * (the JDK's PKCS#11 key store lists a private key only with its certificate); the public key
 * is taken from that certificate. Problems become {@link ConfigException} lines that name the
 * settings as the operator wrote them ({@link Pkcs11Settings#name}) and never contain the PIN.
 * {@link KeyRing#load} is the one caller, for the default institution and every other alike.
 */
public final class Pkcs11SigningKeys {

  private Pkcs11SigningKeys() {}

  /** The key named by {@code settings}, signing inside the token. */
  static SigningKey load(Pkcs11Settings settings, String issuerDid) {
    if (!KeyFiles.isValidKid(settings.keyId())) {
      throw new ConfigException(List.of(settings.name("kid") + " must match "
          + KeyFiles.KID_PATTERN));
    }
    Provider provider = provider(settings);
    PrivateKey privateKey;
    PublicKey publicKey;
    try {
      KeyStore store = KeyStore.getInstance("PKCS11", provider);
      store.load(null, settings.pin().toCharArray());
      Key key = store.getKey(settings.alias(), null);
      Certificate certificate = store.getCertificate(settings.alias());
      if (!(key instanceof PrivateKey) || certificate == null) {
        throw new ConfigException(List.of(settings.name("alias") + ": the token holds no"
            + " private key with a certificate under alias '" + settings.alias() + "'"));
      }
      privateKey = (PrivateKey) key;
      publicKey = certificate.getPublicKey();
    } catch (GeneralSecurityException | IOException e) {
      throw new ConfigException(List.of(settings.name("") + ": cannot open the token key store ("
          + e.getClass().getSimpleName() + "; wrong PIN or slot?)"));
    }
    return signingKey(issuerDid, settings, privateKey, publicKey, provider);
  }

  private static SigningKey signingKey(String issuerDid, Pkcs11Settings settings,
      PrivateKey privateKey, PublicKey publicKey, Provider provider) {
    String keyId = settings.keyId();
    JWK jwk;
    JwsAlgorithm alg;
    if (publicKey instanceof ECPublicKey ec
        && Curve.forECParameterSpec(ec.getParams()) == Curve.P_256) {
      jwk = new ECKey.Builder(Curve.P_256, ec).keyID(keyId).build();
      alg = JwsAlgorithm.ES256;
    } else if (publicKey instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 2048) {
      jwk = new RSAKey.Builder(rsa).keyID(keyId).build();
      alg = JwsAlgorithm.RS256;
    } else {
      throw new ConfigException(List.of(settings.name("alias") + ": the token key is neither P-256"
          + " nor RSA of at least 2048 bits"));
    }
    return new SigningKey(issuerDid, jwk, alg,
        new Pkcs11Signer(privateKey, provider, alg.nimbus()));
  }

  private static Provider provider(Pkcs11Settings settings) {
    Provider base = Security.getProvider("SunPKCS11");
    if (base == null) {
      throw new ConfigException(List.of(settings.name("config") + ": this JDK has no SunPKCS11"));
    }
    try {
      return base.configure(settings.configFile().toString());
    } catch (RuntimeException e) {
      throw new ConfigException(List.of(settings.name("config") + ": " + settings.configFile()
          + " is not a usable SunPKCS11 configuration (" + e.getClass().getSimpleName() + ")"));
    }
  }
}
