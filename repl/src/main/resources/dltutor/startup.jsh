// What every lesson session starts with, read by the session and by the warm-up alike (as
// jshell's DEFAULT.jsh). Lessons, checks and the self-check's lint rely on these names: remove
// one and a lesson may break; add one and run ./scripts/test.

// the JDK
import java.util.*;
import java.util.function.*;
import java.util.stream.*;
import java.io.*;
import java.nio.file.*;

// DJL
import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.*;
import ai.djl.ndarray.types.*;
import ai.djl.ndarray.index.*;
import ai.djl.nn.*;
import ai.djl.nn.core.*;
import ai.djl.training.*;
import ai.djl.training.loss.*;
import ai.djl.training.optimizer.*;
import ai.djl.training.initializer.*;

// the tutor's checks and toolkit
import dltutor.check.Expect;
import dltutor.data.Points;
import dltutor.dl.History;
import dltutor.dl.FitConfig;
import dltutor.dl.SequenceCrossEntropyLoss;
import dltutor.render.ColorMode;

// the data sets
import ai.djl.training.dataset.*;
import dltutor.data.Split;
import dltutor.data.FashionMnist;
import dltutor.data.Sotu;
import dltutor.data.FirstNames;
import dltutor.data.SequencePairs;
import dltutor.data.ShapeImages;
import dltutor.data.CharTokenizer;
import dltutor.data.WordTokenizer;
import dltutor.data.DatasetException;

// the learner's helpers: tensors, training, plots, data (see dltutor.dl.Toolkit)
import static dltutor.dl.Toolkit.*;
