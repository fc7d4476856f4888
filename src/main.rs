fn main() {
    wikimeet::start();
}
