package dltutor.dl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.loss.Loss;
import dltutor.runtime.Display;
import dltutor.runtime.Stop;
import dltutor.runtime.TrainingStoppedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ctrl-C in a demo (strict mode) ends the demo; in the learner's own code fit returns. */
class StrictStopTest {
    @RegisterExtension final EngineManager engine = new EngineManager();

    @BeforeEach
    void open() {
        Display.configure(false, true, 80);
    }

    @AfterEach
    void close() {
        Stop.setStrict(false);
    }

    private FitConfig stopAtStepFive() {
        return FitConfig.builder()
                .setLoss(Loss.softmaxCrossEntropyLoss())
                .optQuiet(true)
                .optManager(engine.manager())
                .optEpochs(50)
                .optListener(
                        new FitListener() {
                            @Override
                            public void onStep(History history, long step, float loss) {
                                if (step == 5) {
                                    Stop.request();
                                }
                            }
                        })
                .build();
    }

    @Test
    void inTheLearnersOwnCodeAStoppedFitReturnsItsHistory() {
        NDArray[] train = Synthetic.separable(engine.manager(), 512, 3);
        History h = Training.fit(Synthetic.mlp(8, 2), train[0], train[1], stopAtStepFive());
        assertTrue(h.stopped());
        assertEquals(5, h.steps());
    }

    @Test
    void inADemoAStoppedFitThrowsAndALaterFitRefusesToStart() {
        NDArray[] train = Synthetic.separable(engine.manager(), 512, 3);
        Stop.setStrict(true);
        TrainingStoppedException e =
                assertThrows(
                        TrainingStoppedException.class,
                        () ->
                                Training.fit(
                                        Synthetic.mlp(8, 2), train[0], train[1], stopAtStepFive()));
        assertTrue(e.getMessage().contains("stopped"), e.getMessage());
        SequentialBlock second = Synthetic.mlp(8, 2);
        assertThrows(
                TrainingStoppedException.class,
                () ->
                        Training.fit(
                                second,
                                train[0],
                                train[1],
                                FitConfig.builder()
                                        .setLoss(Loss.softmaxCrossEntropyLoss())
                                        .optQuiet(true)
                                        .optManager(engine.manager())
                                        .optEpochs(1)
                                        .build()));
        assertTrue(!second.isInitialized(), "the second run never started");
    }
}
