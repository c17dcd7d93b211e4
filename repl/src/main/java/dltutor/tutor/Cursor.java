package dltutor.tutor;

import dltutor.lesson.Lesson;
import dltutor.lesson.Step;
import dltutor.progress.Progress;

/**
 * Where the learner is: the lesson, the step within it, whether they are in free play, and the
 * progress record their work is written to. The {@link LessonWalker} moves the cursor; the {@link
 * ExerciseCoach} and the commands read it and record into it, so that neither needs the other.
 */
final class Cursor {
    private final Progress progress;
    private final SavedSession saved;
    private Lesson lesson;
    private int index;
    private boolean playing;

    Cursor(Progress progress, SavedSession saved) {
        this.progress = progress;
        this.saved = saved;
    }

    /** The current lesson, or null before the first one starts (no lessons at all). */
    Lesson lesson() {
        return lesson;
    }

    /** The current step's position in its lesson, from 0. */
    int index() {
        return index;
    }

    /** The current step. */
    Step step() {
        return lesson.steps().get(index);
    }

    /** Whether the learner is in free play (nothing is graded). */
    boolean playing() {
        return playing;
    }

    /** The progress of every lesson. */
    Progress progress() {
        return progress;
    }

    /** The current lesson's record: steps done, exercise counters, the journal. */
    Progress.LessonProgress record() {
        return progress.lesson(lesson.id());
    }

    /** Whether the current step is done. */
    boolean done() {
        return record().isDone(step().id());
    }

    /** Whether an input now is an attempt: an open exercise or quiz, not free play. */
    boolean grading() {
        return !playing
                && lesson != null
                && !done()
                && (step() instanceof Step.Exercise || step() instanceof Step.Quiz);
    }

    void moveTo(Lesson l, int at) {
        lesson = l;
        index = at;
        playing = false;
    }

    void moveTo(int at) {
        index = at;
    }

    void setPlaying(boolean on) {
        playing = on;
    }

    /** Saves progress; a failure (a full disk) is reported once and never ends the tutor. */
    void save() {
        saved.save(progress);
    }

    /** The saved session: the farewell, letting go of the home. */
    SavedSession saved() {
        return saved;
    }
}
