package org.tessera.shared.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JsonLdTermCheckConcurrencyTest {

  @Test
  void check_sharedInstanceManyThreads_consistentResults() throws Exception {
    JsonLdTermCheck check = new JsonLdTermCheck();
    ObjectNode good = Examples.cmfMicroCredential();
    ObjectNode bad = Examples.cmfMicroCredential();
    bad.put("favouriteColour", "blue");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        boolean expectOk = i % 2 == 0;
        ObjectNode input = expectOk ? good : bad;
        results.add(pool.submit(() -> {
          TermCheckResult result = check.check(input);
          return expectOk
              ? result.ok()
              : result.undefinedTerms().equals(List.of("favouriteColour"));
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
