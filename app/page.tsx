export default function Home() {
  return <h1>Heritage damage catalogue</h1>;
}
