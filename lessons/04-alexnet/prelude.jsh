// 04-alexnet: run silently when the lesson starts.
// The layers this lesson builds with, beyond the session's imports.
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;
// For the ReLU-against-tanh race: a listener that watches training, and a fixed learning rate.
import dltutor.dl.FitListener;
import ai.djl.training.tracker.Tracker;
