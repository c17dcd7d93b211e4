package dltutor.bench;

import dltutor.lesson.Lesson;
import dltutor.lesson.LessonLoader;
import dltutor.lesson.Step;
import dltutor.progress.Progress;
import dltutor.progress.ProgressStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a learner's home that stands at the last step of a lesson, as if the learner had walked
 * it: the journal holds every demo's code and every exercise's reference solution, in the order of
 * the steps. The resume row of {@code scripts/bench} launches the tutor on such a home: the first
 * launch replays the journal and trains (filling the cache of trained parameters), the timed
 * launches after it must restore the same session without training.
 *
 * <p>Usage: {@code ResumeHome HOME LESSONS_DIR LESSON_ID}; prints the number of journaled snippets.
 */
public final class ResumeHome {

    private ResumeHome() {}

    /** The journal a learner who walked the whole lesson leaves behind. */
    static List<String> walkedJournal(Lesson lesson) {
        return lesson.steps().stream()
                .<String>mapMulti(
                        (step, journal) -> {
                            if (step instanceof Step.Demo demo) {
                                demo.code().forEach(journal);
                            } else if (step instanceof Step.Exercise ex) {
                                journal.accept(ex.solution());
                            }
                        })
                .toList();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ResumeHome HOME LESSONS_DIR LESSON_ID");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        Lesson lesson = new LessonLoader().load(Path.of(args[1]).resolve(args[2]));
        List<String> journal = walkedJournal(lesson);
        Progress progress = new Progress();
        progress.setCurrentLesson(lesson.id());
        Progress.LessonProgress record = progress.lesson(lesson.id());
        record.setStep(lesson.steps().get(lesson.steps().size() - 1).id());
        record.journal().addAll(journal);
        new ProgressStore(home).save(progress);
        System.out.println(journal.size());
    }
}
