package org.koprogo.core.openapi.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation id of a method whose name and resource do not make one that reads well in a generated client
 * (by default: the method's name and the resource's noun, {@code listBuildings}, {@code approveExpense}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OperationId {

    String value();
}
