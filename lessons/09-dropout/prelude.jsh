// 09-dropout: run silently when the lesson starts.
// DJL's Dropout layer lives in ai.djl.nn.norm, outside the session's default imports.
import ai.djl.nn.norm.Dropout;

// The training-mode forward pass of a block: dropout layers drop, as during training.
NDArray forwardTraining(Block net, NDArray x) {
    return forward(net, x, true);
}
