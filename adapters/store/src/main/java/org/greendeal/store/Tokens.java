package org.greendeal.store;

import static com.google.common.base.Preconditions.checkArgument;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * API tokens: 32 random bytes, handed out once as {@code gd_} and 43 base64url characters; the
 * store keeps only the SHA-256 of the token, never the token itself.
 */
public final class Tokens {
  /** What every token starts with. */
  public static final String PREFIX = "gd_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;

  Tokens(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /**
   * Creates a token for the project team ({@code party} empty) or for one party. The token is in
   * the result and nowhere else.
   */
  public IssuedToken create(String actor, TokenRole role, Optional<String> party) {
    checkArgument((role == TokenRole.PARTY) == party.isPresent(),
        "a party token names its party, a project-team token none: %s %s", role, party);
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    long id = jdbi.inTransaction(h -> {
      long created = h.createUpdate("INSERT INTO api_token (token_hash, role, party, created_at, "
              + "revoked) VALUES (:hash, :role, :party, :at, FALSE)")
          .bind("hash", hash(token)).bind("role", role.name()).bind("party", party.orElse(null))
          .bind("at", OffsetDateTime.now(ZoneOffset.UTC))
          .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
      AuditTrail.append(h, actor, "TOKEN", null, "token/" + created, null,
          "{\"role\":\"" + role.name() + "\"" + party.map(p -> ",\"party\":\"" + p + "\"")
              .orElse("") + "}");
      return created;
    });
    return new IssuedToken(token, new TokenHolder(id, role, party));
  }

  /** Who {@code token} belongs to, if it is a valid token that was not revoked. */
  public Optional<TokenHolder> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    return jdbi.withHandle(h -> h.createQuery("SELECT id, role, party FROM api_token "
            + "WHERE token_hash = :hash AND revoked = FALSE")
        .bind("hash", hash(token))
        .map((rs, ctx) -> new TokenHolder(rs.getLong("id"), TokenRole.valueOf(rs.getString("role")),
            Optional.ofNullable(rs.getString("party"))))
        .findOne());
  }

  /** How many tokens have been issued (revoked or not). */
  public long count() {
    return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_token")
        .mapTo(Long.class).one());
  }

  /** The SHA-256 of {@code token}, in lower-case hex: what the store keeps. */
  public static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
