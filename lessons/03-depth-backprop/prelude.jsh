// 03-depth-backprop: run silently when the lesson starts.
// The toolkit's xor() and moons(...) return dltutor.data.Points; the exercises name the type.
import dltutor.data.Points;
