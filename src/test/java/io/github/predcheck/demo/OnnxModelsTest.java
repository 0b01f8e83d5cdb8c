package io.github.predcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnnxModelsTest {

  @Test
  void modelBytesAreIdenticalAcrossBuilds() {
    assertThat(OnnxModels.drawing()).isEqualTo(OnnxModels.drawing());
    assertThat(OnnxModels.classifier()).isEqualTo(OnnxModels.classifier());
  }

  /**
   * Pinned so a JVM or formula change that alters the weights fails here, not as golden drift. If
   * you change the weights on purpose, regenerate the committed goldens and update these hashes.
   */
  @Test
  void modelBytesArePinned() throws Exception {
    assertThat(sha256(OnnxModels.drawing()))
        .isEqualTo("7d0b654b4cf88be794db67335d546a8c2569f3fd278eb66ccf6a31ae449eb7d2");
    assertThat(sha256(OnnxModels.classifier()))
        .isEqualTo("d340a787ba7bb9406c401151764ad69f3f3ba9119bc2ffc67b5a356c09d6be14");
  }

  @Test
  void modelsLoadInOnnxRuntimeWithTheDeclaredShapes() throws Exception {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OrtSession drawing = env.createSession(OnnxModels.drawing());
        OrtSession classifier = env.createSession(OnnxModels.classifier())) {
      assertThat(shape(drawing.getInputInfo())).containsExactly(1, 1, 64, 64);
      assertThat(shape(drawing.getOutputInfo())).containsExactly(1, 3);
      assertThat(shape(classifier.getInputInfo())).containsExactly(1, 1, 64, 64);
      assertThat(shape(classifier.getOutputInfo())).containsExactly(1, 8);
    }
  }

  @Test
  void protobufVarintsFollowTheWireFormat() {
    assertThat(new Protobuf().varint(1, 300).toByteArray()).containsExactly(0x08, 0xAC, 0x02);
    assertThat(new Protobuf().varint(1, -1).toByteArray()).hasSize(11);
    assertThat(new Protobuf().string(2, "ab").toByteArray()).containsExactly(0x12, 2, 'a', 'b');
  }

  private static long[] shape(Map<String, NodeInfo> info) {
    assertThat(info).hasSize(1);
    return ((TensorInfo) info.values().iterator().next().getInfo()).getShape();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
