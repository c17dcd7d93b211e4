// 04-alexnet: run silently when the lesson starts.
// The layers this lesson builds with, beyond the session's imports.
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
