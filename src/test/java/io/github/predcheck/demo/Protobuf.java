package io.github.predcheck.demo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Minimal protobuf encoder: just the wire types ONNX models need. Hand-written because the test
 * classpath has no protobuf library and the model must be built without Python.
 */
final class Protobuf {

  private static final int VARINT = 0;
  private static final int LENGTH_DELIMITED = 2;
  private static final int FIXED32 = 5;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  Protobuf varint(int field, long value) {
    tag(field, VARINT);
    rawVarint(value);
    return this;
  }

  Protobuf string(int field, String value) {
    return bytes(field, value.getBytes(StandardCharsets.UTF_8));
  }

  Protobuf message(int field, Protobuf message) {
    return bytes(field, message.toByteArray());
  }

  Protobuf bytes(int field, byte[] value) {
    tag(field, LENGTH_DELIMITED);
    rawVarint(value.length);
    out.writeBytes(value);
    return this;
  }

  Protobuf float32(int field, float value) {
    tag(field, FIXED32);
    out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array());
    return this;
  }

  /** Repeated int64, unpacked: onnx.proto is proto2, whose default encoding this matches. */
  Protobuf varints(int field, long... values) {
    for (long value : values) {
      varint(field, value);
    }
    return this;
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  private void tag(int field, int wireType) {
    rawVarint(((long) field << 3) | wireType);
  }

  // Negative int64 values take ten bytes, as protobuf specifies; the unsigned shift handles that.
  private void rawVarint(long value) {
    while ((value & ~0x7FL) != 0) {
      out.write((int) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
  }
}
