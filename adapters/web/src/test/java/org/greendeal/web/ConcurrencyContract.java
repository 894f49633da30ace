package org.greendeal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.web.TestHost.API;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.greendeal.store.AuditEvent;
import org.junit.jupiter.api.Test;

/**
 * 64 threads update the same record and different records through the API at once. No update is
 * lost: each record's version rises by exactly its accepted updates, the audit trail holds one
 * unbroken chain of versions per record with every accepted body in it, and every refused update
 * got 412 (nothing else).
 */
abstract class ConcurrencyContract {
  static final int THREADS = 64;
  static final int ROUNDS = 6;
  static final int RECORDS = 8;

  /** A host on a fresh database of the subclass's kind. */
  abstract TestHost host() throws Exception;

  @Test
  void concurrentUpdatesThroughTheApiLoseNothingAndEveryRefusalIs412() throws Exception {
    try (TestHost host = host()) {
      Http http = host.http;
      List<String> records = new ArrayList<>();
      for (int i = 0; i < RECORDS; i++) {
        Http.Response created = http.post(API + "/evidence/communications").token(host.team)
            .json("{\"party\":\"ns\",\"date\":\"2019-05-01\",\"title\":\"start " + i + "\"}")
            .send();
        assertThat(created.status()).isEqualTo(201);
        records.add(created.header("Location").orElseThrow());
      }
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
      Map<String, List<String>> acceptedTitles = new ConcurrentHashMap<>();
      List<Integer> unexpected = new CopyOnWriteArrayList<>();
      AtomicInteger refused = new AtomicInteger();
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            // even threads fight over record 0; odd threads spread over the others
            String self = thread % 2 == 0 ? records.get(0)
                : records.get(1 + (thread + round) % (RECORDS - 1));
            Http.Response read = http.get(self).token(host.team).send();
            int version = Integer.parseInt(read.header("ETag").orElseThrow().replace("\"", ""));
            String title = "thread " + thread + " round " + round;
            Http.Response put = http.put(self).token(host.team).ifMatch(version)
                .json("{\"party\":\"ns\",\"date\":\"2019-05-01\",\"title\":\"" + title + "\"}")
                .send();
            if (put.status() == 200) {
              accepted.computeIfAbsent(self, s -> new AtomicInteger()).incrementAndGet();
              acceptedTitles.computeIfAbsent(self, s -> new CopyOnWriteArrayList<>()).add(title);
              assertThat(put.header("ETag")).contains("\"" + (version + 1) + "\"");
            } else if (put.status() == 412) {
              refused.incrementAndGet();
            } else {
              unexpected.add(put.status());
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
      pool.shutdown();

      assertThat(unexpected).as("statuses other than 200 and 412").isEmpty();
      int total = 0;
      for (String self : records) {
        int ok = accepted.getOrDefault(self, new AtomicInteger()).get();
        total += ok;
        JsonNode now = http.get(self).token(host.team).send().json();
        assertThat(now.get("version").asInt()).as(self).isEqualTo(1 + ok);
        String subject = "communications/" + now.get("id").asLong();
        List<AuditEvent> trail = host.store.audit().about(subject);
        assertThat(trail).hasSize(1 + ok);
        for (int i = 1; i < trail.size(); i++) {
          JsonNode before = Json.read(trail.get(i).before().orElseThrow());
          JsonNode after = Json.read(trail.get(i).after().orElseThrow());
          assertThat(before.get("version").asInt()).isEqualTo(i);
          assertThat(after.get("version").asInt()).isEqualTo(i + 1);
          JsonNode previous = Json.read(trail.get(i - 1).after().orElseThrow());
          assertThat(before.get("record")).isEqualTo(previous.get("record"));
        }
        List<String> titles = trail.stream().skip(1)
            .map(e -> Json.read(e.after().orElseThrow()).get("record").get("title").asText())
            .toList();
        assertThat(titles).containsExactlyInAnyOrderElementsOf(
            acceptedTitles.getOrDefault(self, List.of()));
      }
      assertThat(total + refused.get()).isEqualTo(THREADS * ROUNDS);
      assertThat(refused.get()).as("the same record was contended").isPositive();
      assertThat(accepted.get(records.get(0)).get()).isPositive();
    }
  }
}
