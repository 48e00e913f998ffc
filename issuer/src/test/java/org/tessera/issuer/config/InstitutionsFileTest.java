package org.tessera.issuer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstitutionsFileTest {

  @TempDir Path dir;

  private Path write(String json) throws IOException {
    Path file = dir.resolve("institutions.json");
    Files.writeString(file, json);
    return file;
  }

  private List<String> problemsOf(String json) throws IOException {
    List<String> problems = new ArrayList<>();
    List<InstitutionConfig> read = InstitutionsFile.read(write(json), Map.of(), problems);
    assertThat(read).as("nothing is read from a file with problems").isEmpty();
    return problems;
  }

  @Test
  void read_validFile_resolvesKeysAgainstItsFolder() throws IOException {
    List<String> problems = new ArrayList<>();
    List<InstitutionConfig> read = InstitutionsFile.read(write("""
        {"institutions": [
          {"id": "uva", "name": "Universiteit van Amsterdam", "country": "nl",
           "url": "https://www.uva.nl", "keys": "keys/uva", "signingKey": "es256-2"},
          {"id": "tu-delft", "name": "TU Delft", "country": "NL", "keys": "/etc/tessera/tud"}
        ]}
        """), Map.of(), problems);

    assertThat(problems).isEmpty();
    assertThat(read).containsExactly(
        new InstitutionConfig("uva", "Universiteit van Amsterdam", "NL",
            Optional.of(URI.create("https://www.uva.nl")),
            dir.toAbsolutePath().resolve("keys/uva"), Optional.of("es256-2")),
        new InstitutionConfig("tu-delft", "TU Delft", "NL", Optional.empty(),
            Path.of("/etc/tessera/tud"), Optional.empty()));
  }

  @Test
  void read_badEntries_namesEachProblemByItsPlace() throws IOException {
    List<String> problems = problemsOf("""
        {"institutions": [
          {"id": "Bad_Id", "name": "A", "country": "NL", "keys": "a"},
          {"id": "default", "name": "B", "country": "NL", "keys": "b"},
          {"id": "c", "country": "XX", "keys": "c", "colour": "red"},
          {"id": "d", "name": "D", "country": "NL", "keys": "d", "url": "ftp://d.example"},
          {"id": "e", "name": "E", "country": "NL", "keys": "e"},
          {"id": "e", "name": "E again", "country": "NL", "keys": "e2"},
          "f"
        ]}
        """);

    assertThat(problems).anySatisfy(p -> assertThat(p).contains("institutions[0].id"))
        .anySatisfy(p -> assertThat(p).contains("institutions[1].id").contains("'default'"))
        .anySatisfy(p -> assertThat(p).contains("institutions[2].name: required"))
        .anySatisfy(p -> assertThat(p).contains("institutions[2].country"))
        .anySatisfy(p -> assertThat(p).contains("institutions[2].colour: unknown field"))
        .anySatisfy(p -> assertThat(p).contains("institutions[3].url"))
        .anySatisfy(p -> assertThat(p).contains("institutions[5].id: 'e' is listed twice"))
        .anySatisfy(p -> assertThat(p).contains("institutions[6]: must be an object"))
        .allSatisfy(p -> assertThat(p).startsWith("ISSUER_INSTITUTIONS ("));
  }

  @Test
  void read_pkcs11Block_resolvesConfigAndTakesThePinFromTheNamedVariable() throws IOException {
    List<String> problems = new ArrayList<>();
    List<InstitutionConfig> read = InstitutionsFile.read(write("""
        {"institutions": [
          {"id": "uva", "name": "UvA", "country": "NL", "keys": "keys/uva",
           "pkcs11": {"config": "hsm/pkcs11.cfg", "alias": "uva-2026", "pinEnv": "UVA_PIN"}},
          {"id": "tud", "name": "TU Delft", "country": "NL", "keys": "keys/tud",
           "pkcs11": {"config": "/etc/hsm.cfg", "alias": "tud-2026", "kid": "tud-hsm-1",
                      "pinEnv": "TUD_PIN"}}
        ]}
        """), Map.of("UVA_PIN", " uva-secret-pin ", "TUD_PIN", "5678"), problems);

    assertThat(problems).isEmpty();
    assertThat(read).extracting(InstitutionConfig::pkcs11).containsExactly(
        Optional.of(new Pkcs11Settings(dir.toAbsolutePath().resolve("hsm/pkcs11.cfg"),
            "uva-secret-pin", "uva-2026", "uva-2026", Pkcs11Settings.Origin.INSTITUTIONS_FILE)),
        Optional.of(new Pkcs11Settings(Path.of("/etc/hsm.cfg"), "5678", "tud-2026",
            "tud-hsm-1", Pkcs11Settings.Origin.INSTITUTIONS_FILE)));
    assertThat(read.get(0).toString()).contains("uva-2026")
        .doesNotContain("uva-secret-pin");
    assertThat(read.get(0).pkcs11().orElseThrow().name("alias")).isEqualTo("pkcs11.alias");
  }

  @Test
  void read_badPkcs11Blocks_namesEachProblemByItsPlace() throws IOException {
    List<String> problems = new ArrayList<>();
    List<InstitutionConfig> read = InstitutionsFile.read(write("""
        {"institutions": [
          {"id": "a", "name": "A", "country": "NL", "keys": "a",
           "pkcs11": {"config": "p.cfg", "pinEnv": "A_PIN", "slot": 0, "pin": "pin-in-file"}},
          {"id": "b", "name": "B", "country": "NL", "keys": "b", "pkcs11": "p.cfg"},
          {"id": "c", "name": "C", "country": "NL", "keys": "c",
           "pkcs11": {"alias": "c", "kid": "", "pinEnv": "not a name"}},
          {"id": "d", "name": "D", "country": "NL", "keys": "d",
           "pkcs11": {"config": "p.cfg", "alias": "d", "pinEnv": "D_PIN"}},
          {"id": "e", "name": "E", "country": "NL", "keys": "e",
           "pkcs11": {"config": "p.cfg", "alias": "e", "pinEnv": "E_PIN"}}
        ]}
        """), Map.of("A_PIN", "a-secret", "D_PIN", "  ", "E_PIN", "e-secret"), problems);

    assertThat(read).as("all or nothing").isEmpty();
    assertThat(problems).anySatisfy(p -> assertThat(p).endsWith("institutions[0].pkcs11.alias:"
            + " required"))
        .anySatisfy(p -> assertThat(p).endsWith("institutions[0].pkcs11.slot: unknown field"))
        .anySatisfy(p -> assertThat(p).endsWith("institutions[0].pkcs11.pin: unknown field"))
        .anySatisfy(p -> assertThat(p).endsWith("institutions[1].pkcs11: must be an object"))
        .anySatisfy(p -> assertThat(p).endsWith("institutions[2].pkcs11.config: required"))
        .anySatisfy(p -> assertThat(p).contains("institutions[2].pkcs11.kid: must be a"))
        .anySatisfy(p -> assertThat(p).contains("institutions[2].pkcs11.pinEnv: must be the"
            + " name of an environment variable"))
        .anySatisfy(p -> assertThat(p).contains("institutions[3].pkcs11.pinEnv:")
            .contains("D_PIN").contains("not set or empty"))
        .noneSatisfy(p -> assertThat(p).contains("institutions[4]"))
        .allSatisfy(p -> assertThat(p).startsWith("ISSUER_INSTITUTIONS (")
            .doesNotContain("pin-in-file").doesNotContain("a-secret").doesNotContain("e-secret"));
    assertThat(problems).hasSize(8);
  }

  @Test
  void fromEnvironment_missingPinVariable_isConfigProblemNamingTheVariable() throws IOException {
    Path file = write("""
        {"institutions": [{"id": "uva", "name": "UvA", "country": "NL", "keys": "k",
          "pkcs11": {"config": "p.cfg", "alias": "uva", "pinEnv": "TESSERA_UVA_PIN"}}]}
        """);
    Map<String, String> env = Map.of("ISSUER_KEYS", "/etc/tessera/keys",
        "ISSUER_ADMIN_TOKEN", "0123456789abcdef0123456789", "ISSUER_NAME", "Example",
        "ISSUER_COUNTRY", "BE", "ISSUER_INSTITUTIONS", file.toString());

    assertThatThrownBy(() -> IssuerConfig.fromEnvironment(env))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .singleElement().asString().contains("institutions[0].pkcs11.pinEnv")
            .contains("TESSERA_UVA_PIN").contains("not set"));
    Map<String, String> withPin = new HashMap<>(env);
    withPin.put("TESSERA_UVA_PIN", "0000");
    assertThat(IssuerConfig.fromEnvironment(withPin).institutions().get(0).pkcs11())
        .hasValueSatisfying(p -> assertThat(p.pin()).isEqualTo("0000"));
  }

  @Test
  void read_wrongShapeOrNotJson_isOneClearProblem() throws IOException {
    assertThat(problemsOf("[]")).singleElement().asString().contains("\"institutions\"");
    assertThat(problemsOf("{\"institutions\": [], \"more\": 1}")).hasSize(1);
    assertThat(problemsOf("{\"institutions\": [{\"id\": \"a\", \"id\": \"b\"}]}"))
        .singleElement().asString().contains("duplicate keys");
    List<String> missing = new ArrayList<>();
    InstitutionsFile.read(dir.resolve("absent.json"), Map.of(), missing);
    assertThat(missing).singleElement().asString().contains("not a readable file");
  }

  @Test
  void read_oversizedFile_isRefusedUnread() throws IOException {
    assertThat(problemsOf(" ".repeat((int) InstitutionsFile.MAX_BYTES + 1)))
        .singleElement().asString().contains("larger than");
  }

  @Test
  void fromEnvironment_institutionsVariable_readsTheFile() throws IOException {
    Path file = write("""
        {"institutions": [{"id": "uva", "name": "UvA", "country": "NL", "keys": "k"}]}
        """);
    Map<String, String> env = Map.of("ISSUER_KEYS", "/etc/tessera/keys",
        "ISSUER_ADMIN_TOKEN", "0123456789abcdef0123456789", "ISSUER_NAME", "Example",
        "ISSUER_COUNTRY", "BE", "ISSUER_INSTITUTIONS", file.toString());

    IssuerConfig config = IssuerConfig.fromEnvironment(env);

    assertThat(config.institutions()).extracting(InstitutionConfig::id).containsExactly("uva");
    assertThat(config.toString()).contains("institutions=1");
  }
}
