package io.github.predcheck.compare;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The path of the node being compared, pushed and popped on the way down, so that walking a
 * document allocates no list per value. An array index becomes text only when something reads it (a
 * path rule with a segment at that depth): an array of a million numbers under no rule makes none.
 */
final class PathStack extends AbstractList<String> implements RandomAccess {
  private String[] names = new String[8];
  private int[] indexes = new int[8];
  private int size;

  void push(String name) {
    grow();
    names[size] = name;
    indexes[size++] = -1;
  }

  void push(int index) {
    grow();
    names[size] = null;
    indexes[size++] = index;
  }

  void pop() {
    size--;
  }

  @Override
  public String get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("segment " + i + " of " + size);
    }
    if (names[i] == null) {
      names[i] = Integer.toString(indexes[i]);
    }
    return names[i];
  }

  @Override
  public int size() {
    return size;
  }

  private void grow() {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      indexes = Arrays.copyOf(indexes, size * 2);
    }
  }
}
