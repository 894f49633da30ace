package org.greendeal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greendeal.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greendeal serve} and {@code greendeal token create}, black box. */
class ServeCommandTest {
  @TempDir
  Path folder;

  @Test
  void serveDemoLoadsTheDemoEvidencePrintsATokenAndStopsCleanly() throws Exception {
    String db = Store.h2Url(folder.resolve("serve"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Main.run(
        new PrintWriter(out, true), new PrintWriter(err, true),
        "serve", "--port", "0", "--db", db, "--demo"));
    ServeCommand serve = awaitRunning(run, err);
    HttpClient client = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + serve.boundPort();

    HttpResponse<String> dashboard = client.send(HttpRequest.newBuilder(URI.create(base + "/"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("Green Deal");
    Matcher token = Pattern.compile("project-team token \\(shown once\\): (gd_\\S+)")
        .matcher(out.toString());
    assertThat(token.find()).as(out.toString()).isTrue();
    HttpResponse<String> audit = client.send(HttpRequest.newBuilder(
            URI.create(base + "/api/deals/gdci-2.0/audit?size=1"))
        .header("Authorization", "Bearer " + token.group(1)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(audit.statusCode()).isEqualTo(200);
    assertThat(err.toString()).contains("demo records");

    // a token made by another command while the server runs on the embedded database
    Cli created = Cli.run("token", "create", "--party", "ns", "--db", db);
    assertThat(created.exitCode()).as(created.err()).isEqualTo(0);
    HttpResponse<String> own = client.send(HttpRequest.newBuilder(
            URI.create(base + "/api/deals/gdci-2.0/evidence/communications"))
        .header("Authorization", "Bearer " + created.out().trim())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"party\":\"ns\",\"date\":\"2019-05-01\",\"title\":\"x\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);

    serve.stop();
    assertThat(run.get(30, TimeUnit.SECONDS)).isEqualTo(0);
    assertThat(out.toString()).contains("greendeal: serving http://localhost:", "stopped");

    // served again without --demo, the demo evidence is still there and still said to be made up
    StringWriter again = new StringWriter();
    CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> Main.run(
        new PrintWriter(again, true), new PrintWriter(new StringWriter(), true),
        "serve", "--port", "0", "--db", db));
    ServeCommand restarted = awaitRunning(second, err);
    HttpResponse<String> report = client.send(HttpRequest.newBuilder(URI.create(
            "http://127.0.0.1:" + restarted.boundPort() + "/api/deals/gdci-2.0/report")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(report.body()).containsPattern("\"illustrative\"\\s*:\\s*true");
    restarted.stop();
    assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo(0);
    assertThat(again.toString()).doesNotContain("token");
  }

  @Test
  void tokenCreatePrintsATokenOnceThatTheServerTakes() throws Exception {
    String db = Store.h2Url(folder.resolve("tokens"));
    Cli created = Cli.run("token", "create", "--party", "ns", "--db", db);
    assertThat(created.exitCode()).isEqualTo(0);
    String token = created.out().trim();
    assertThat(token).startsWith("gd_").hasSize(46);
    assertThat(created.err()).contains("party ns", "shown only now");
    try (Store store = Store.open(db)) {
      assertThat(store.tokens().authenticate(token)).get()
          .satisfies(h -> assertThat(h.party()).contains("ns"));
    }
    assertThat(Cli.run("token", "create", "--project-team", "--db", db).exitCode()).isEqualTo(0);
  }

  @Test
  void tokenCreateRefusesAnUnknownPartyAndABadCombination() {
    String db = Store.h2Url(folder.resolve("refused"));
    Cli unknown = Cli.run("token", "create", "--party", "nobody", "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--party nobody");
    assertThat(Cli.run("token", "create", "--db", db).exitCode()).isEqualTo(2);
    assertThat(Cli.run("token", "create", "--party", "ns", "--project-team", "--db", db)
        .exitCode()).isEqualTo(2);
    Cli badDb = Cli.run("token", "create", "--project-team", "--db", "jdbc:mysql://x");
    assertThat(badDb.exitCode()).isEqualTo(2);
    assertThat(badDb.err()).contains("unsupported database URL");
  }

  @Test
  void serveRefusesABadPort() {
    Cli bad = Cli.run("serve", "--port", "70000", "--db",
        Store.h2Url(folder.resolve("port")));
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--port 70000");
  }

  private static ServeCommand awaitRunning(CompletableFuture<Integer> run, StringWriter err)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      ServeCommand serve = ServeCommand.RUNNING.get();
      if (serve != null) {
        return serve;
      }
      if (run.isDone()) {
        throw new AssertionError("serve ended early with " + run.get() + ": " + err);
      }
      Thread.sleep(50);
    }
    throw new AssertionError("serve did not start: " + err);
  }
}
