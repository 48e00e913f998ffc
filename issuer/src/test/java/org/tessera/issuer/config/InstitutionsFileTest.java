package org.tessera.issuer.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    List<InstitutionConfig> read = InstitutionsFile.read(write(json), problems);
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
        """), problems);

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
  void read_wrongShapeOrNotJson_isOneClearProblem() throws IOException {
    assertThat(problemsOf("[]")).singleElement().asString().contains("\"institutions\"");
    assertThat(problemsOf("{\"institutions\": [], \"more\": 1}")).hasSize(1);
    assertThat(problemsOf("{\"institutions\": [{\"id\": \"a\", \"id\": \"b\"}]}"))
        .singleElement().asString().contains("duplicate keys");
    List<String> missing = new ArrayList<>();
    InstitutionsFile.read(dir.resolve("absent.json"), missing);
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
