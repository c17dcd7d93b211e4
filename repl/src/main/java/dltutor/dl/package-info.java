/**
 * The learner-facing toolkit, preloaded into every session with {@code import static
 * dltutor.dl.Toolkit.*}: the session's tensor manager, devices, seeding, small datasets,
 * conversions, charts and the stop flag that training loops check between batches.
 */
package dltutor.dl;
