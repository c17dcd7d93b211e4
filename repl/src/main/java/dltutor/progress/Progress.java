package dltutor.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the tutor remembers about a learner. Keyed by lesson and step ids, never by positions,
 * so lessons can gain steps without breaking anyone's progress.
 */
public final class Progress {
    /** The on-disk format version; bump it and migrate when the shape changes. */
    public static final int FORMAT = 1;

    int format = FORMAT;
    String currentLesson;
    Map<String, LessonProgress> lessons = new LinkedHashMap<>();

    /** The lesson the learner was in, or null for a new learner. */
    public String currentLesson() {
        return currentLesson;
    }

    /** Sets the lesson the learner is in. */
    public void setCurrentLesson(String lessonId) {
        currentLesson = lessonId;
    }

    /** This lesson's record, created if missing. */
    public LessonProgress lesson(String lessonId) {
        return lessons.computeIfAbsent(lessonId, k -> new LessonProgress());
    }

    /** Whether there is a record for this lesson. */
    public boolean has(String lessonId) {
        return lessons.containsKey(lessonId);
    }

    /** One lesson's progress. */
    public static final class LessonProgress {
        String step;
        Set<String> done = new LinkedHashSet<>();
        Map<String, ExerciseProgress> exercises = new LinkedHashMap<>();
        List<String> journal = new ArrayList<>();
        boolean finished;

        /** The step the learner is on, or null before the first. */
        public String step() {
            return step;
        }

        /** Moves the learner to a step. */
        public void setStep(String stepId) {
            step = stepId;
        }

        /** Whether a step is done (read, answered or solved). */
        public boolean isDone(String stepId) {
            return done.contains(stepId);
        }

        /** Marks a step done. */
        public void markDone(String stepId) {
            done.add(stepId);
        }

        /** How many steps are done. */
        public int doneCount() {
            return done.size();
        }

        /** This exercise's (or quiz's) counters, created if missing. */
        public ExerciseProgress exercise(String stepId) {
            return exercises.computeIfAbsent(stepId, k -> new ExerciseProgress());
        }

        /**
         * The snippets that rebuild the learner's session on resume, in order: the demos that ran
         * and the learner's snippets that compiled and ran without error.
         */
        public List<String> journal() {
            return journal;
        }

        /** Whether the learner finished the lesson. */
        public boolean finished() {
            return finished;
        }

        /** Marks the lesson finished. */
        public void setFinished(boolean value) {
            finished = value;
        }

        /** Forgets steps, counters and the journal (for /restart). */
        public void reset() {
            step = null;
            done.clear();
            exercises.clear();
            journal.clear();
            finished = false;
        }
    }

    /** Counters for one exercise or quiz, for the learner and for instructors. */
    public static final class ExerciseProgress {
        int attempts;
        int hints;
        boolean passed;
        boolean skipped;
        boolean solutionShown;
        String accepted;

        /** The learner's code that passed (the snippets entered on the exercise), or null. */
        public String accepted() {
            return accepted;
        }

        /** Records the learner's code that passed, for {@code --export}. */
        public void setAccepted(String code) {
            accepted = code;
        }

        /** Graded wrong attempts (compile errors are not counted). */
        public int attempts() {
            return attempts;
        }

        /** Counts one graded attempt. */
        public void countAttempt() {
            attempts++;
        }

        /** Hints shown so far. */
        public int hints() {
            return hints;
        }

        /** Counts one more hint shown. */
        public void countHint() {
            hints++;
        }

        /** Whether the learner's own answer passed. */
        public boolean passed() {
            return passed;
        }

        /** Records a pass. */
        public void setPassed() {
            passed = true;
        }

        /** Whether the learner skipped (the reference was run instead). */
        public boolean skipped() {
            return skipped;
        }

        /** Records a skip. */
        public void setSkipped() {
            skipped = true;
        }

        /** Whether the reference solution has been shown. */
        public boolean solutionShown() {
            return solutionShown;
        }

        /** Records that the solution was shown. */
        public void setSolutionShown() {
            solutionShown = true;
        }
    }
}
