package io.github.predcheck.demo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the demo ONNX models as ModelProto bytes, in memory, so no binary model file is committed.
 * Both models share a trunk (3x3 Conv with 4 channels, Relu, GlobalAveragePool, Flatten) and differ
 * in the Gemm head; the classifier adds a Softmax. Field numbers are those of onnx.proto.
 *
 * <p>Usage: {@code OnnxModels <outputDir>} writes drawing.onnx and classifier.onnx for inspection
 * (e.g. with Netron).
 */
public final class OnnxModels {

  public static final String INPUT = "image";
  public static final String OUTPUT = "output";
  public static final int IMAGE_SIZE = 64;

  private static final int IR_VERSION = 8;
  private static final int OPSET = 13;
  private static final int FLOAT = 1; // TensorProto.DataType.FLOAT
  private static final int ATTR_INT = 2; // AttributeProto.AttributeType.INT
  private static final int ATTR_INTS = 7; // AttributeProto.AttributeType.INTS

  private OnnxModels() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: OnnxModels <outputDir>");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    Files.write(dir.resolve("drawing.onnx"), drawing());
    Files.write(dir.resolve("classifier.onnx"), classifier());
    System.out.println("wrote drawing.onnx and classifier.onnx to " + dir);
  }

  /** Output [1, 3]: thickness, width, material score. */
  public static byte[] drawing() {
    return model("drawing", ModelWeights.drawingHead(), ModelWeights.drawingHeadBias(), false);
  }

  /** Output [1, 8]: class probabilities in {@link ModelWeights#CLASSIFIER_LABELS} order. */
  public static byte[] classifier() {
    return model(
        "classifier", ModelWeights.classifierHead(), ModelWeights.classifierHeadBias(), true);
  }

  static byte[] model(String name, float[] head, float[] headBias, boolean softmax) {
    int channels = ModelWeights.CHANNELS;
    int outputs = headBias.length;
    Protobuf graph =
        new Protobuf()
            .message(
                1,
                node(
                    "Conv",
                    new String[] {INPUT, "conv_w", "conv_b"},
                    "conv",
                    ints("kernel_shape", 3, 3),
                    ints("strides", 1, 1)))
            .message(1, node("Relu", new String[] {"conv"}, "relu"))
            .message(1, node("GlobalAveragePool", new String[] {"relu"}, "pooled"))
            .message(1, node("Flatten", new String[] {"pooled"}, "features", integer("axis", 1)))
            .message(
                1,
                node(
                    "Gemm",
                    new String[] {"features", "head_w", "head_b"},
                    softmax ? "logits" : OUTPUT,
                    integer("transB", 1)));
    if (softmax) {
      graph.message(1, node("Softmax", new String[] {"logits"}, OUTPUT, integer("axis", 1)));
    }
    graph
        .string(2, name)
        .message(5, tensor("conv_w", ModelWeights.convWeights(), channels, 1, 3, 3))
        .message(5, tensor("conv_b", ModelWeights.convBias(), channels))
        .message(5, tensor("head_w", head, outputs, channels))
        .message(5, tensor("head_b", headBias, outputs))
        .message(11, valueInfo(INPUT, 1, 1, IMAGE_SIZE, IMAGE_SIZE))
        .message(12, valueInfo(OUTPUT, 1, outputs));
    return new Protobuf()
        .varint(1, IR_VERSION)
        .string(2, "predcheck-demo")
        .string(3, "1")
        .varint(5, 1)
        .message(7, graph)
        .message(8, new Protobuf().string(1, "").varint(2, OPSET))
        .toByteArray();
  }

  private static Protobuf node(
      String opType, String[] inputs, String output, Protobuf... attributes) {
    Protobuf node = new Protobuf();
    for (String input : inputs) {
      node.string(1, input);
    }
    node.string(2, output).string(3, output + "_node").string(4, opType);
    for (Protobuf attribute : attributes) {
      node.message(5, attribute);
    }
    return node;
  }

  private static Protobuf integer(String name, long value) {
    return new Protobuf().string(1, name).varint(3, value).varint(20, ATTR_INT);
  }

  private static Protobuf ints(String name, long... values) {
    return new Protobuf().string(1, name).varints(8, values).varint(20, ATTR_INTS);
  }

  private static Protobuf tensor(String name, float[] values, long... dims) {
    ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : values) {
      raw.putFloat(value);
    }
    return new Protobuf().varints(1, dims).varint(2, FLOAT).string(8, name).bytes(9, raw.array());
  }

  private static Protobuf valueInfo(String name, long... dims) {
    Protobuf shape = new Protobuf();
    for (long dim : dims) {
      shape.message(1, new Protobuf().varint(1, dim));
    }
    Protobuf tensorType = new Protobuf().varint(1, FLOAT).message(2, shape);
    return new Protobuf().string(1, name).message(2, new Protobuf().message(1, tensorType));
  }
}
