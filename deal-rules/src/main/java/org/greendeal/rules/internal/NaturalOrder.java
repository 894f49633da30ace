package org.greendeal.rules.internal;

import java.util.Comparator;

/**
 * Compares text with runs of digits as numbers, so that {@code IP-2} sorts before {@code IP-10};
 * texts equal as numbers ({@code IP-1}, {@code IP-01}) fall back to plain text order.
 */
final class NaturalOrder implements Comparator<String> {
  static final NaturalOrder INSTANCE = new NaturalOrder();

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String numA = a.substring(i, endA).replaceFirst("^0+(?=.)", "");
        String numB = b.substring(j, endB).replaceFirst("^0+(?=.)", "");
        int byLength = Integer.compare(numA.length(), numB.length());
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = numA.compareTo(numB);
        if (byDigits != 0) {
          return byDigits;
        }
        i = endA;
        j = endB;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    int byRest = Integer.compare(a.length() - i, b.length() - j);
    return byRest != 0 ? byRest : a.compareTo(b);
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && Character.isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }
}
