package org.greendeal.store;

/**
 * A token just created: the only moment its plain text exists; the store keeps its hash.
 *
 * @param token the token to hand to its holder, {@code gd_} and 43 base64url characters
 * @param holder who it belongs to
 */
public record IssuedToken(String token, TokenHolder holder) {
  @Override
  public String toString() {
    return "IssuedToken[holder=" + holder + "]";
  }
}
