package org.tessera.verifier.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.checks.HeaderCheck;
import org.tessera.verifier.checks.ParseCheck;
import org.tessera.verifier.result.Step;

/**
 * Coverage-guided fuzzing (Jazzer) of the token parser and the pipeline's parse and header
 * stages: whatever the bytes, the result is a value (parsed or a stable code), never an exception.
 * In {@code mvn test} only the seed corpus under {@code TokenParserFuzzTestInputs/} runs; with
 * {@code JAZZER_FUZZ=1} Jazzer mutates for {@code maxDuration}.
 */
class TokenParserFuzzTest {

  private final ParseCheck parse = new ParseCheck();
  private final HeaderCheck header = new HeaderCheck();

  @FuzzTest(maxDuration = "60s")
  void parse_anyBytes_returnsAValue(byte[] data) {
    String input = new String(data, StandardCharsets.UTF_8);
    CredentialJwt.parse(input);
    Step<ParsedCredentialJwt> parsed = parse.run(input);
    assertThat(parsed.result()).isNotNull();
    if (parsed.value().isPresent()) {
      assertThat(header.run(parsed.value().get()).result()).isNotNull();
    } else {
      assertThat(parsed.result().code()).isPresent();
    }
  }
}
