package org.mabsadvisor.facts;

import java.util.List;

/**
 * A fact that the tool or the rules derived from input facts rather than read: findings that
 * match it show the input facts it stands for ({@link #basis()}) as their evidence.
 */
public interface Derived {

    /** The input facts this one was derived from. */
    List<Object> basis();
}
