package dqnsweep.sim;

/** Creates a fresh simulator by name. */
public final class Environments {

    private Environments() {
    }

    public static Environment create(EnvName name) {
        return switch (name) {
            case PENDULUM -> Pendulum.v0();
            case PENDULUM_V1 -> Pendulum.v1();
            case CARTPOLE -> new CartPole();
            case ACROBOT -> new Acrobot();
            case MOUNTAINCAR -> new MountainCar();
        };
    }
}
