package th.tambondesk;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Makes the application's database unreachable on demand, whatever the database is (H2 in memory, PostgreSQL):
 * while {@link #down} is set, every new connection and every call on an open one fails as a lost network would,
 * with SQL state 08001. Import it into a test's context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BreakableDatabase {

    private static final AtomicBoolean DOWN = new AtomicBoolean();
    private static final Set<String> ALWAYS_ALLOWED = Set.of("close", "isClosed", "unwrap", "isWrapperFor",
            "toString", "hashCode", "equals");

    public static void down(boolean down) {
        DOWN.set(down);
    }

    @Bean
    static BeanPostProcessor breakableDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof Breakable)) {
                    return new Breakable(dataSource);
                }
                return bean;
            }
        };
    }

    static final class Breakable extends DelegatingDataSource {
        Breakable(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            failIfDown();
            return wrap(Connection.class, super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            failIfDown();
            return wrap(Connection.class, super.getConnection(username, password));
        }
    }

    private static <T> T wrap(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!ALWAYS_ALLOWED.contains(method.getName())) {
                failIfDown();
            }
            try {
                Object result = method.invoke(target, args);
                if (result instanceof Statement && method.getReturnType().isInterface()) {
                    return wrapStatement(method.getReturnType(), result);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(BreakableDatabase.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    @SuppressWarnings("unchecked")
    private static Object wrapStatement(Class<?> type, Object statement) {
        return wrap((Class<Object>) type, statement);
    }

    private static void failIfDown() throws SQLException {
        if (DOWN.get()) {
            throw new SQLTransientConnectionException("the database cannot be reached (BreakableDatabase)",
                    "08001");
        }
    }
}
