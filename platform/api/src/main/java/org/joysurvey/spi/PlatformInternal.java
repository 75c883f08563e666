package org.joysurvey.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type or member of the instrument API that only the platform may use. It is public because
 * the platform lives in other packages, and it sits in the API because API types trust it (an
 * {@link Answers} keeps a {@link PositionedAnswers} without copying it). It is no part of the
 * contract with plugins: it may change or disappear in any release, without notice. Plugins must
 * not use it; the annotation is kept at run time so that a build rule can check that they do not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.CONSTRUCTOR, ElementType.METHOD, ElementType.FIELD})
public @interface PlatformInternal {}
