package io.github.predcheck.compare;

import io.github.predcheck.core.Doubles;
import io.github.predcheck.json.Json;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * One sample's results, its numeric values held as columns of primitives (about 30 bytes a value,
 * against some 250 for a {@link ValueResult} with its texts), so that a response of a million
 * numbers fits in a small heap. {@link #get} makes a ValueResult when asked, equal each time, whose
 * texts are made when read; the status is known without it ({@link #status}). Results without a
 * number pair (structure, strings, rankings) are kept whole. Immutable once built.
 */
final class ValueColumns extends AbstractList<ValueResult> implements RandomAccess {
  /** In {@link #kind}: the status ordinal in the low bits, and what the entry is. */
  private static final int STATUS_BITS = 0x07;

  private static final int WHOLE = 0x08;
  private static final int INTEGRAL = 0x10;

  private static final Status[] STATUSES = Status.values();

  private final String sampleId;
  private final int size;
  private final byte[] kind;
  private final double[] expected;
  private final double[] actual;

  /** The containing node's JSON Pointer (in parents) or the whole result (in wholes). */
  private final int[] ref;

  /** The array index; -1 where the member name is in keys. */
  private final int[] index;

  private final String[] keys;
  private final byte[] tolerance;
  private final String[] parents;
  private final Tolerance[] tolerances;
  private final ValueResult[] wholes;

  private ValueColumns(Builder b) {
    this.sampleId = b.sampleId;
    this.size = b.size;
    this.kind = b.kind;
    this.expected = b.expected;
    this.actual = b.actual;
    this.ref = b.ref;
    this.index = b.index;
    this.keys = b.keys;
    this.tolerance = b.tolerance;
    this.parents = b.parents.toArray(String[]::new);
    this.tolerances = b.tolerances.toArray(Tolerance[]::new);
    this.wholes = b.wholes.toArray(ValueResult[]::new);
  }

  @Override
  public int size() {
    return size;
  }

  /** The status of value i, without making its ValueResult. */
  Status status(int i) {
    return STATUSES[kind[i] & STATUS_BITS];
  }

  @Override
  public ValueResult get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("value " + i + " of " + size);
    }
    if ((kind[i] & WHOLE) != 0) {
      return wholes[ref[i]];
    }
    double e = expected[i];
    double a = actual[i];
    return new ValueResult(
        this,
        i,
        sampleId,
        ValueComparator.absError(a, e),
        ValueComparator.relError(a, e),
        tolerances[tolerance[i]].allowed(e),
        status(i));
  }

  /** Value i's JSON Pointer: its container's, then its index or escaped member name. */
  String output(int i) {
    String parent = parents[ref[i]];
    return index[i] >= 0 ? parent + "/" + index[i] : parent + "/" + Json.escape(keys[i]);
  }

  /** The golden number as {@link ValueComparator#textOf} writes it. */
  String expectedText(int i) {
    return (kind[i] & INTEGRAL) != 0
        ? Long.toString((long) expected[i])
        : Doubles.shortest(expected[i]);
  }

  String actualText(int i) {
    return Doubles.shortest(actual[i]);
  }

  /** Collects one sample's results in order; containers first name their pointer. */
  static final class Builder {
    private final String sampleId;
    private int size;
    private byte[] kind = new byte[8];
    private double[] expected = new double[8];
    private double[] actual = new double[8];
    private int[] ref = new int[8];
    private int[] index = new int[8];
    private String[] keys;
    private byte[] tolerance = new byte[8];
    private final List<String> parents = new ArrayList<>();
    private final List<Tolerance> tolerances = new ArrayList<>();
    private final List<ValueResult> wholes = new ArrayList<>();
    private Tolerance lastTolerance;
    private int lastToleranceIndex;

    Builder(String sampleId) {
      this.sampleId = sampleId;
    }

    String sampleId() {
      return sampleId;
    }

    /** A container's JSON Pointer ("" for the document), for its members to refer to. */
    int parent(String pointer) {
      parents.add(pointer);
      return parents.size() - 1;
    }

    /** Room for n more values: an array says its length before its members come. */
    void expect(int n) {
      int needed = size + n;
      if (needed > kind.length) {
        resize(Math.max(needed, kind.length + (kind.length >> 1)));
      }
    }

    void add(ValueResult whole) {
      expect(1);
      kind[size] = (byte) (WHOLE | whole.status().ordinal());
      ref[size] = wholes.size();
      wholes.add(whole);
      size++;
    }

    /**
     * A number against its golden number: compared now, its texts made when read ({@code integral}:
     * the golden text is the integer, which must be within 2^53). False, and nothing added, when
     * there are more tolerances than the columns count: the caller keeps it whole.
     */
    boolean addNumber(
        int parent,
        String key,
        int arrayIndex,
        double expectedValue,
        boolean integral,
        double actualValue,
        Tolerance t) {
      int tol = t == lastTolerance ? lastToleranceIndex : tolerances.indexOf(t);
      if (tol < 0) {
        if (tolerances.size() > Byte.MAX_VALUE) {
          return false;
        }
        tolerances.add(t);
        tol = tolerances.size() - 1;
      }
      lastTolerance = t;
      lastToleranceIndex = tol;
      expect(1);
      Status status = t.isClose(actualValue, expectedValue) ? Status.PASS : Status.DIVERGED;
      kind[size] = (byte) (status.ordinal() | (integral ? INTEGRAL : 0));
      expected[size] = expectedValue;
      actual[size] = actualValue;
      ref[size] = parent;
      index[size] = arrayIndex;
      if (key != null) {
        if (keys == null) {
          // Only objects' members need one: arrays of numbers never pay for it.
          keys = new String[kind.length];
        }
        keys[size] = key;
      }
      tolerance[size] = (byte) tol;
      size++;
      return true;
    }

    /** The columns, cut to their size; the builder is not used after. */
    ValueColumns build() {
      if (size != kind.length) {
        resize(size);
      }
      return new ValueColumns(this);
    }

    private void resize(int capacity) {
      kind = Arrays.copyOf(kind, capacity);
      expected = Arrays.copyOf(expected, capacity);
      actual = Arrays.copyOf(actual, capacity);
      ref = Arrays.copyOf(ref, capacity);
      index = Arrays.copyOf(index, capacity);
      keys = keys == null ? null : Arrays.copyOf(keys, capacity);
      tolerance = Arrays.copyOf(tolerance, capacity);
    }
  }
}
