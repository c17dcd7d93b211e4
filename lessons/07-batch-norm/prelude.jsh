// 07-batch-norm: run silently when the lesson starts.
// DJL's normalization layers (BatchNorm, LayerNorm) live in ai.djl.nn.norm; the session does not import it.
import ai.djl.nn.norm.BatchNorm;
