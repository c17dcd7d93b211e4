// 06-residuals: run silently when the lesson starts.
// BatchNorm lives outside the session's default imports; lesson 07 opens it up.
import ai.djl.nn.norm.BatchNorm;

// The body of one block, as in the ResNet paper's "basic block" with fully connected layers:
// Linear → BatchNorm → ReLU → Linear → BatchNorm. Shape (N, width) in, (N, width) out.
Block body(int width) {
    return new SequentialBlock().
            add(Linear.builder().setUnits(width).build()).
            add(BatchNorm.builder().build()).
            add(Activation::relu).
            add(Linear.builder().setUnits(width).build()).
            add(BatchNorm.builder().build());
}
