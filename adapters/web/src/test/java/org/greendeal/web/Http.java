package org.greendeal.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A small HTTP client for tests over real HTTP on the loopback interface. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private final String base;

  Http(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A request being built. */
  final class Call {
    private final String method;
    private final String path;
    private final List<String> headers = new ArrayList<>();
    private byte[] body;

    Call(String method, String path) {
      this.method = method;
      this.path = path;
    }

    Call header(String name, String value) {
      headers.add(name);
      headers.add(value);
      return this;
    }

    Call token(String token) {
      return token == null ? this : header("Authorization", "Bearer " + token);
    }

    Call ifMatch(int version) {
      return header("If-Match", "\"" + version + "\"");
    }

    Call json(String json) {
      header("Content-Type", "application/json");
      body = json.getBytes(StandardCharsets.UTF_8);
      return this;
    }

    Call body(String contentType, byte[] bytes) {
      header("Content-Type", contentType);
      body = bytes;
      return this;
    }

    Response send() {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(60))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(body));
      for (int i = 0; i < headers.size(); i += 2) {
        builder.header(headers.get(i), headers.get(i + 1));
      }
      try {
        HttpResponse<byte[]> response = CLIENT.send(builder.build(),
            HttpResponse.BodyHandlers.ofByteArray());
        return new Response(response.statusCode(), response, response.body());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  Call get(String path) {
    return new Call("GET", path);
  }

  Call post(String path) {
    return new Call("POST", path);
  }

  Call put(String path) {
    return new Call("PUT", path);
  }

  Call delete(String path) {
    return new Call("DELETE", path);
  }

  /** What came back. */
  record Response(int status, HttpResponse<byte[]> raw, byte[] bytes) {
    String body() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    Optional<String> header(String name) {
      return raw.headers().firstValue(name);
    }

    List<String> headers(String name) {
      return raw.headers().allValues(name);
    }

    com.fasterxml.jackson.databind.JsonNode json() {
      return Json.read(body());
    }

    @Override
    public String toString() {
      return status + " " + body();
    }
  }
}
