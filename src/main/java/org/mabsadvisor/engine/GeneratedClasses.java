package org.mabsadvisor.engine;

import java.util.Map;

/**
 * Loads the classes of one compiled rule folder from their bytes. It looks at its own classes
 * first: two folders may generate classes of the same name (same DRL package), and each must see
 * its own.
 */
final class GeneratedClasses extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    GeneratedClasses(ClassLoader parent, Map<String, byte[]> classes) {
        super("compiled-rules", parent);
        this.classes = classes;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!classes.containsKey(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
