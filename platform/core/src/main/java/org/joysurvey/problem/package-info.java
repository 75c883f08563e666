/**
 * Why input was refused: a {@code Problem} says where and what is wrong, and an {@code
 * InputRejectedException} carries every problem of input refused whole. Every package that checks
 * input uses them, so this one depends on none.
 */
package org.joysurvey.problem;
